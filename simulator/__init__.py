"""staysim: practise a stay interview with a simulated employee."""

__version__ = "0.1.0"
