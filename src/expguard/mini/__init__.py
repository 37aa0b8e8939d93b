"""The embedded default guard (all-MiniLM-L6-v2 + LoRA + heads, CPU): model, data, recipe.

Nothing here is imported by ``import expguard``; torch loads only when a guard is built.
"""
