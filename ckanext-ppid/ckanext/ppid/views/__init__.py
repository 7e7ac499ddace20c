"""Flask blueprints of the ppid plugin."""
