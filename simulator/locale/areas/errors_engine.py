"""Failures of the persona engine: choosing a backend, the session's turn loop and the LLM
server's answers (`errors_engine.X`). `{where}` is `errors_engine.llm_server` or the speech
server's name (`errors_voice.speech_server`)."""


NL: dict[str, str] = {
    "errors_engine.unknown_backend": "onbekende backend '{name}'; kies offline of openai",
    "errors_engine.needs_server":
        "de openai-backend heeft OPENAI_API_KEY (voor api.openai.com) of OPENAI_BASE_URL "
        "(voor een lokale server zoals Ollama of LM Studio) nodig; geen van beide is gezet",
    "errors_engine.for_model": " voor model '{model}'",
    "errors_engine.unauthorized_url":
        "{where} weigerde de gebruikersnaam en het wachtwoord in OPENAI_BASE_URL "
        "(401){for_model}; controleer ze (staan ze in de URL, dan wordt de API-sleutel niet "
        "meegestuurd)",
    "errors_engine.unauthorized_no_key":
        "{where} vraagt om een API-sleutel (401){for_model}; zet OPENAI_API_KEY",
    "errors_engine.unauthorized_key":
        "{where} weigerde de API-sleutel (401){for_model}; controleer OPENAI_API_KEY",
    "errors_engine.llm_server": "de LLM-server op {url}",
    "errors_engine.too_long":
        "{where} bleef doorsturen na {limit} tekens; het antwoord is daar afgebroken",
    "errors_engine.too_slow":
        "{where} bleef langer dan {seconds} s doorsturen; het antwoord is daar afgebroken",
    "errors_engine.forbidden": "{where} weigerde de toegang (403) tot model '{model}'",
    "errors_engine.not_found":
        "{where} heeft geen model '{model}' of geen chat-completions-endpoint (404); "
        "controleer STAYSIM_MODEL en OPENAI_BASE_URL",
    "errors_engine.no_quota":
        "{where} meldt dat het account voor model '{model}' geen tegoed meer heeft "
        "(insufficient_quota)",
    "errors_engine.rate_limited":
        "{where} bleef verzoeken afremmen (429), ook na {attempts} pogingen; probeer het over "
        "een minuut opnieuw",
    "errors_engine.failing":
        "{where} bleef fouten geven ({status}), ook na {attempts} pogingen; probeer het later "
        "opnieuw",
    "errors_engine.rejected": "{where} wees het verzoek voor model '{model}' af ({status})",
    "errors_engine.rejected_detail":
        "{where} wees het verzoek voor model '{model}' af ({status}): {detail}",
    "errors_engine.timeout":
        "{where} gaf binnen {seconds} s geen antwoord ({attempts} pogingen); draait de server "
        "en is model '{model}' geladen?",
    "errors_engine.unreachable":
        "kan {where} niet bereiken, ook na {attempts} pogingen; draait de server?",
    "errors_engine.broke_off":
        "het antwoord van {where} brak af ({reason}), ook na {attempts} pogingen; de tekst "
        "tot dan toe is bewaard",
    "errors_engine.stream_bad_chunk": "er kwam een stuk dat geen geldige JSON is",
    "errors_engine.stream_dropped": "de verbinding viel weg midden in het antwoord",
    "errors_engine.stream_unfinished": "de stroom stopte voordat het antwoord af was",
    "errors_engine.reported": "{where} meldde een fout: {detail}",
    "errors_engine.unexpected": "{where}: onverwachte fout ({kind})",
    "errors_engine.no_attempts":
        "geen pogingen meer over voor opdracht '{id}': {used} van {attempts} gebruikt",
    "errors_engine.no_session": "er is geen gesprek {session}; zie: staysim history",
    "errors_engine.scenario_gone":
        "gesprek {session} hoorde bij scenario '{scenario}', dat niet meer in de bibliotheek "
        "staat",
    "errors_engine.unknown_persona":
        "scenario '{scenario}' noemt een onbekende persona '{persona}'",
    "errors_engine.type_first": "typ eerst wat je wilt zeggen",
    "errors_engine.nothing_to_answer":
        "er is nog geen beurt van de leidinggevende om op te antwoorden",
    "errors_engine.empty_reply": "de server stuurde een leeg antwoord",
}


EN: dict[str, str] = {
    "errors_engine.unknown_backend": "unknown backend '{name}'; choose offline or openai",
    "errors_engine.needs_server":
        "the openai backend needs OPENAI_API_KEY (for api.openai.com) or OPENAI_BASE_URL "
        "(for a local server such as Ollama or LM Studio); neither is set",
    "errors_engine.for_model": " for model '{model}'",
    "errors_engine.unauthorized_url":
        "{where} refused the user name and password in OPENAI_BASE_URL (401){for_model}; "
        "check them (with them in the URL, the API key is not sent)",
    "errors_engine.unauthorized_no_key":
        "{where} wants an API key (401){for_model}; set OPENAI_API_KEY",
    "errors_engine.unauthorized_key":
        "{where} refused the API key (401){for_model}; check OPENAI_API_KEY",
    "errors_engine.llm_server": "the LLM server at {url}",
    "errors_engine.too_long":
        "{where} kept streaming past {limit} characters; the reply was cut off there",
    "errors_engine.too_slow":
        "{where} kept streaming for more than {seconds}s; the reply was cut off there",
    "errors_engine.forbidden": "{where} denied access (403) to model '{model}'",
    "errors_engine.not_found":
        "{where} has no model '{model}' or no chat completions endpoint (404); "
        "check STAYSIM_MODEL and OPENAI_BASE_URL",
    "errors_engine.no_quota":
        "{where} says the account for model '{model}' has no quota left (insufficient_quota)",
    "errors_engine.rate_limited":
        "{where} kept rate limiting requests (429) after {attempts} attempts; "
        "try again in a minute",
    "errors_engine.failing":
        "{where} kept failing ({status}) after {attempts} attempts; try again later",
    "errors_engine.rejected": "{where} rejected the request for model '{model}' ({status})",
    "errors_engine.rejected_detail":
        "{where} rejected the request for model '{model}' ({status}): {detail}",
    "errors_engine.timeout":
        "{where} did not answer within {seconds}s ({attempts} attempts); is it running and is "
        "model '{model}' loaded?",
    "errors_engine.unreachable":
        "could not reach {where} after {attempts} attempts; is it running?",
    "errors_engine.broke_off":
        "the reply from {where} broke off ({reason}) after {attempts} attempts; the partial "
        "text is kept",
    "errors_engine.stream_bad_chunk": "sent a chunk that is not valid JSON",
    "errors_engine.stream_dropped": "the connection dropped mid-reply",
    "errors_engine.stream_unfinished": "the stream ended before the reply was finished",
    "errors_engine.reported": "{where} reported an error: {detail}",
    "errors_engine.unexpected": "{where}: unexpected failure ({kind})",
    "errors_engine.no_attempts":
        "no attempts left for assignment '{id}': {used} of {attempts} used",
    "errors_engine.no_session": "there is no session {session}; see: staysim history",
    "errors_engine.scenario_gone":
        "session {session} used scenario '{scenario}', which is not in the library any more",
    "errors_engine.unknown_persona": "scenario '{scenario}' names unknown persona '{persona}'",
    "errors_engine.type_first": "type what you want to say first",
    "errors_engine.nothing_to_answer": "there is no manager turn to answer yet",
    "errors_engine.empty_reply": "the server sent an empty reply",
}
