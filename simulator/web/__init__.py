"""staysim in the browser: textual-serve with one app process and one STAYSIM_HOME per visitor."""
