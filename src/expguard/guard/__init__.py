"""The guard stage: template + engine + answer format."""
