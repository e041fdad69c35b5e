// Placeholder until the sandbox core lands.
