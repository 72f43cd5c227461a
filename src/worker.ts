// Placeholder for the analysis worker (performance issue).
export {};
