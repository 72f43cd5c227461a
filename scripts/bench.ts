// `npm run bench`: placeholder replaced by the performance issue's benchmark.
console.log('bench: not implemented yet');
