"""The LLM actor's messages: persona, scenario, released facts only, and this turn's direction."""

from simulator.engine.actor import ActorContext
from simulator.engine.director import Decision

LANGUAGE_NAMES = {"nl": "Dutch (Nederlands)", "en": "English"}

REACTION_NOTES = {
    "defensive": "The manager just got defensive or contradicted you. Pull back: answer shorter "
    "and cooler, do not open up further this turn.",
    "appraisal": "The manager just turned this into a performance appraisal. You are taken aback; "
    "say so briefly and close up.",
    "promise": "The manager just promised something they cannot guarantee. You are sceptical; "
    "say so briefly. It does not make you trust them more.",
    "advice": "The manager just gave advice you did not ask for. Respond politely but flatly; "
    "you did not want a solution yet.",
    "reflection": "The manager just reflected back what you said. You feel heard; confirm it "
    "briefly before you go on.",
    "affirmation": "The manager just recognised your work. It touches you a little.",
    "commitment": "The manager just committed to a concrete next step. Acknowledge it; you will "
    "believe it when you see it happen.",
    "closed_question": "The manager asked a closed question.",
}


def trust_words(trust: float) -> str:
    if trust < 0.25:
        return "guarded: you keep it polite, short and general"
    if trust < 0.5:
        return "warming up a little, but still careful"
    if trust < 0.75:
        return "fairly open: you feel listened to"
    return "open: you trust this manager with what matters to you"


def direction(decision: Decision) -> str:
    """What to do this turn, in words the model can follow."""
    notes: list[str] = []
    if decision.reaction and decision.reaction in REACTION_NOTES:
        notes.append(REACTION_NOTES[decision.reaction])
    if decision.reveal is not None:
        notes.append(
            "The manager has earned this: share, in your own words and voice, that "
            f"{decision.reveal.text}"
        )
    elif decision.closing:
        notes.append("The manager is wrapping up. Close the conversation briefly and naturally.")
    elif decision.closed:
        notes.append("Answer briefly, in a few words; do not volunteer anything.")
    elif decision.small_talk:
        notes.append("This is small talk. Reply briefly and naturally.")
    elif decision.theme and not decision.open_theme:
        notes.append("Stay vague and guarded on this topic; you are not ready to say more.")
    return " ".join(notes) or "Reply naturally and briefly."


def system_prompt(context: ActorContext) -> str:
    persona, scenario, decision = context.persona, context.scenario, context.decision
    language = LANGUAGE_NAMES.get(scenario.language, scenario.language)
    lines = [
        f"You are {persona.name}, {persona.role}. Your manager holds a stay interview with you: "
        "a conversation about what keeps you here and what could be better.",
        "Stay in role as the employee at all times. Never speak as the manager, a coach, a "
        "narrator or an AI; never comment on how the manager is doing; never add stage "
        "directions.",
        f"Always answer in {language}, in 1 to 4 sentences, as spoken words.",
        "",
        "Your profile:",
        f"- Tenure: {persona.profile.tenure}",
        f"- Background: {persona.profile.background}",
        f"- How you speak: {persona.profile.speaking_style}",
        "",
        f"The situation ({scenario.title}): {scenario.briefing}",
        "",
        f"How you feel about this manager right now: {trust_words(decision.trust)}.",
        "",
    ]
    if context.allowed_facts:
        lines.append("What you are willing to talk about now (only these, in your own words):")
        lines += [f"- {fact.text}" for fact in context.allowed_facts]
    else:
        lines.append("You are not yet willing to share anything personal.")
    lines += [
        "",
        "On everything else about your inner life, stay guarded: answer vaguely, say it is "
        "fine, or change the subject. Do not invent new problems, plans to leave, job offers "
        "or wishes that are not listed above.",
        "",
        f"This turn: {direction(decision)}",
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
