"""Settings that cannot be read or hold a bad value: config.json, the environment, the flags
(`errors_config.X`)."""


NL: dict[str, str] = {
    "errors_config.unreadable": "{path}: configuratiebestand: {reason}",
    "errors_config.not_json": "{where}: het configuratiebestand is geen geldige JSON",
    "errors_config.not_object": "{path}: het configuratiebestand moet een JSON-object bevatten",
    "errors_config.unknown_setting": "onbekende instelling",
    "errors_config.cannot_write": "{path}: kan het configuratiebestand niet schrijven: {reason}",
    "errors_config.bad_url": "geen geldige URL (verwacht bijv. http://localhost:11434/v1)",
    "errors_config.url_scheme": "moet beginnen met http:// of https:// en een host noemen",
    "errors_config.url_port": "de poort moet tussen 1 en 65535 liggen",
}


EN: dict[str, str] = {
    "errors_config.unreadable": "{path}: config file: {reason}",
    "errors_config.not_json": "{where}: the config file is not valid JSON",
    "errors_config.not_object": "{path}: the config file must hold a JSON object",
    "errors_config.unknown_setting": "unknown setting",
    "errors_config.cannot_write": "{path}: cannot write the config file: {reason}",
    "errors_config.bad_url": "not a valid URL (expected e.g. http://localhost:11434/v1)",
    "errors_config.url_scheme": "must start with http:// or https:// and name a host",
    "errors_config.url_port": "port must be between 1 and 65535",
}
