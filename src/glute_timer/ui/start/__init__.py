"""Start screen: routine list, quick adjust."""
