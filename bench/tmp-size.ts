import { firstPaintJs } from './static-budgets';
const f = firstPaintJs(process.argv[2]);
console.log((f.gzip / 1024).toFixed(1), 'KB gzip', f.files.length, 'files');
for (const file of f.files.sort((a, b) => b.gzip - a.gzip)) console.log(file.file, (file.gzip / 1024).toFixed(2));
