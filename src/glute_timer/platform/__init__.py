"""Per-operating-system services; today, keeping the screen awake during a workout."""
