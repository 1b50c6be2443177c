"""frontwatch.control: territorial control per place over time, from takeover reports."""

from frontwatch.control.timeline import ControlChange, control_at, control_changes

__all__ = ["ControlChange", "control_at", "control_changes"]
