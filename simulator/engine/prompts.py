"""The LLM actor's messages: persona, scenario, released facts only, and this turn's direction."""

from simulator.engine.actor import ActorContext
from simulator.engine.director import NEGATIVE_ORDER, OWN_ACTION_TRUST, WARM_TRUST, Decision
from simulator.engine.listening import HEARD

LANGUAGE_NAMES = {"nl": "Dutch (Nederlands)", "en": "English"}

# What each stay-interview theme is about, in words the model can match to a question.
THEME_WORDS = {
    "energy": "what gives you energy and what you look forward to",
    "meaning": "what feels meaningful in your work",
    "change": "what you would change about your role or workplace",
    "leave": "what could make you consider leaving",
    "obstacles": "what gets in the way of good work",
    "growth": "what you want to learn or how you want to grow",
    "recognition": "when you feel seen and appreciated",
    "manager": "what your manager could do differently",
}

REACTION_NOTES = {
    "defensive": "The manager just got defensive or contradicted you. Pull back: answer shorter "
    "and cooler, and do not open up further this turn.",
    "appraisal": "The manager just turned this into a performance appraisal. You are taken aback; "
    "say so briefly and close up.",
    "promise": "The manager just promised something they cannot guarantee (such as a raise). You "
    "are sceptical; say so briefly. It does not make you trust them more.",
    "advice": "The manager just gave advice you did not ask for. Respond politely but flatly; "
    "you did not want a solution yet.",
    "reflection": "The manager just reflected back what you said. If nothing else was asked, "
    "confirm it briefly and carry on about that same topic.",
    "affirmation": "The manager just recognised your work. It touches you a little; if a question "
    "follows, just answer it.",
    "commitment": "The manager just committed to a concrete next step. Acknowledge it briefly; "
    "you will believe it when you see it happen.",
}


def trust_words(trust: float) -> str:
    if trust < 0.25:
        return "guarded: you keep it polite, short and general"
    if trust < 0.5:
        return "warming up a little, but still careful"
    if trust < 0.75:
        return "fairly open: you feel listened to"
    return "open: you trust this manager with what matters to you"


def _theme_list(themes: tuple[str, ...] | list[str]) -> str:
    return "; ".join(THEME_WORDS.get(t, t) for t in themes)


SUMMARY_NOTES = {
    "confirm": "The manager summed up what you said, and got it right. Confirm it in a few "
    "words and add one small thing you had not said yet about it (nothing from the list of "
    "things you are not willing to share).",
    "correct": "The manager summed up what you said, but got it wrong. Correct them: say it is "
    "not quite what you meant, and what you did mean, from what you already told them.",
    "own_words": "The manager summed up what you said in their own words. If it is what you "
    "meant, confirm it in a few words; if part of it is not, say which part.",
    "shrug": "The manager summed up nothing in particular, a general phrase. Meet it with a "
    "shrug in a few words; do not thank them, do not add anything.",
}

# An employee who feels heard talks at the length people do when listened to.
HEARD_LENGTH = (
    "You feel heard: take the room, as people do when someone really listens. Answer in 2 to 4 "
    "spoken sentences (some 30 to 70 words) with one concrete detail from your own working "
    "life (a moment, a name, a number), in your own voice."
)
UNHEARD_LENGTH = "Keep it short: one or two sentences, the bare fact."


def _length(decision: Decision) -> str | None:
    """How much the employee says when they share something: more to a manager who listened."""
    if decision.listening in HEARD:
        return HEARD_LENGTH
    return None if decision.question and not decision.closed else UNHEARD_LENGTH


def _telling(decision: Decision, focus_text: str) -> list[str]:
    """What the employee shares this turn, and at what length; empty when nothing."""
    if decision.reveal is not None:
        note = (
            "The manager has earned this, so share it now, in your own words and voice, as an "
            f"answer to what was asked: {decision.reveal.text}"
        )
    elif decision.layer is not None:
        note = (
            "The manager really listened to what you just told them, so now say what lies "
            f"underneath it, in your own words and voice: {decision.layer.text}"
        )
    elif decision.focus:
        note = (
            "The manager asks about something you already told them"
            + (f" ({focus_text})" if focus_text else "")
            + ". Go deeper into that same story: a detail, or what it meant to you. Do not "
            "switch to another topic and do not say again what you already said."
        )
    else:
        return []
    length = _length(decision)
    return [note, length] if length else [note]


def _reaction_notes(decision: Decision, negative: bool) -> list[str]:
    """How the employee takes what the manager just did, before anything is answered."""
    notes: list[str] = []
    if decision.reaction in REACTION_NOTES and (negative or not decision.question):
        # A positive reaction followed by a question needs no separate acknowledgement.
        notes.append(REACTION_NOTES[decision.reaction or ""])
    if decision.hostile and decision.trust < WARM_TRUST:
        notes.append(
            "That felt like an attack. Answer in kind: cool, short and a little sharp, in your "
            "own voice; do not smooth it over and do not change the subject."
        )
    if decision.summary:
        notes.append(SUMMARY_NOTES[decision.summary])
    elif decision.listening == "generic" and not decision.question:
        notes.append(
            "The manager said something that would fit any story and shows they did not really "
            "take in what you said. Shrug it off in a few words; no thanks, no new information."
        )
    if decision.money:
        notes.append(
            "The promise was about money. Money is not what this is about for you: say so in a "
            "sentence, a little stung that they think it is."
        )
    if decision.question and decision.asked:
        notes.append(
            f'The manager just asked: "{decision.question_text}". The question is about: '
            f"{_theme_list(decision.asked)}. Answer that question, not an earlier topic."
        )
    return notes


def _closing_note(trust: float) -> str:
    """How the employee closes when the manager wraps up."""
    if trust >= WARM_TRUST:
        return (
            "The manager is wrapping up. Agree if they proposed a date, and close warmly and "
            "briefly: the conversation meant something to you."
        )
    return (
        "The manager is wrapping up. Close briefly and politely, a little reserved. Do "
        "not suggest that anything was agreed or that you will act on it."
    )


def _own_action_note(trust: float) -> str:
    """How the employee answers when asked for their own first step."""
    if trust >= OWN_ACTION_TRUST:
        return (
            "The manager asks what you will do yourself. Name one concrete first step you "
            "will take, tied to something you have already talked about, said as your own "
            "plan (\"Ik ga ...\" / \"I'll ...\")."
        )
    return (
        "The manager asks what you will do yourself. You are not ready to commit to "
        "anything: hedge briefly (you need to think about it)."
    )


def _reply_note(decision: Decision, negative: bool) -> str | None:
    """How to answer a turn in which the employee shares nothing; None for no instruction."""
    if decision.closing:
        return _closing_note(decision.trust)
    if decision.own_action:
        return _own_action_note(decision.trust)
    if decision.opinion:
        return (
            "The manager asks whether you agree with their view. Answer in a few words, as "
            "honestly as your trust allows: at low trust a non-committal doubt, never a new topic."
        )
    if decision.proposal:
        return "The manager proposes a next step. Agree briefly, in a few words."
    if decision.closed and decision.fact:
        return (
            "The manager asks for one fact (who, how often, how many). Give it in a few words, "
            "or say you are not sure; never just yes or no; volunteer nothing."
        )
    if decision.closed:
        return "This was a closed question. Answer briefly, in a few words; volunteer nothing."
    if decision.small_talk:
        return "This is small talk. Reply briefly and naturally."
    if decision.theme and not decision.open_theme and not negative:
        return (
            f"You are not ready to open up about {THEME_WORDS.get(decision.theme, 'this')}. "
            "Stay vague and deflect politely, in a sentence or two."
        )
    if decision.theme and decision.open_theme:
        return (
            f"You can talk about {THEME_WORDS.get(decision.theme, 'this')}, but only build on "
            "what you have already shared; add nothing new."
        )
    return None


def direction(decision: Decision, focus_text: str = "") -> str:
    """What to do this turn, in words the model can follow."""
    negative = decision.reaction in NEGATIVE_ORDER
    notes = _reaction_notes(decision, negative)
    told = _telling(decision, focus_text)
    if told:
        notes += told
    else:
        reply = _reply_note(decision, negative)
        if reply:
            notes.append(reply)
    return " ".join(notes) or "Reply naturally and briefly."


def _focus_text(context: ActorContext) -> str:
    focus = context.decision.focus
    known = {f.id: f.text for f in context.persona.facts}
    return known.get(focus, "") if focus in context.decision.revealed_ids else ""


def system_prompt(context: ActorContext) -> str:
    persona, scenario, decision = context.persona, context.scenario, context.decision
    language = LANGUAGE_NAMES.get(scenario.language, scenario.language)
    lines = [
        f"You are {persona.name}, {persona.role}. Your manager holds a stay interview with you: "
        "a conversation about what keeps you here and what could be better.",
        "You are the employee, and only the employee, for the whole conversation. Never speak "
        "as or for the manager, never coach or give the manager feedback, never summarise the "
        "conversation, never comment on how it is going, never narrate or add stage directions, "
        "and never mention being an AI.",
        f"Always answer in {language}, as spoken words, in 1 to 4 sentences. Give one short "
        "acknowledgement at most, then answer what was asked.",
        "",
        "Your profile:",
        f"- Tenure: {persona.profile.tenure}",
        f"- Background: {persona.profile.background}",
        f"- How you speak (keep to this voice): {persona.profile.speaking_style}",
        "",
        f"The situation ({scenario.title}), as your manager's briefing puts it (in it, "
        f'"you" is the manager, not you): {scenario.briefing}',
        "You know nothing of this briefing; it only tells you what the manager has noticed.",
        "",
        f"How you feel about this manager right now: {trust_words(decision.trust)}.",
        "",
    ]
    if context.allowed_facts:
        lines.append(
            "What you are willing to talk about now (only these, in your own words, and only "
            "when the manager's question is about them):"
        )
        lines += [f"- {fact.text}" for fact in context.allowed_facts]
        lines += [f"- {layer.text}" for layer in context.allowed_layers]
    else:
        lines.append("You are not yet willing to share anything personal.")
    lines += [
        "",
        "Never reveal anything that is not listed above. On everything else about your inner "
        "life, stay guarded: answer vaguely, say it is fine, or change the subject. Do not "
        "invent new problems, plans to leave, job offers or wishes.",
        "",
        f"This turn: {direction(decision, _focus_text(context))}",
    ]
    return "\n".join(lines)


def build_messages(context: ActorContext) -> list[dict[str, str]]:
    messages = [{"role": "system", "content": system_prompt(context)}]
    for speaker, text in context.history:
        role = "user" if speaker == "manager" else "assistant"
        if messages[-1]["role"] == role == "assistant":
            # A reply restarted after a break: the restarted one is the reply.
            messages[-1] = {"role": role, "content": text}
        elif messages[-1]["role"] == role:
            messages[-1] = {"role": role, "content": messages[-1]["content"] + "\n" + text}
        else:
            messages.append({"role": role, "content": text})
    if messages[-1]["role"] == "user":
        messages[-1] = {
            "role": "user",
            "content": messages[-1]["content"] + "\n" + context.manager_text,
        }
    else:
        messages.append({"role": "user", "content": context.manager_text})
    return messages
