"""The data stage: readers and (later) benchmark modules."""
