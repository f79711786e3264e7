// `npm run dev`: the mock Authing from react-fastpass-qrcode/testing on port 4010 (where .env points) and
// `react-router dev` on port 5173, together. Ctrl-C stops both.
import { spawn } from 'node:child_process';
import { createFastpassMockServer } from 'react-fastpass-qrcode/testing';

const authing = await createFastpassMockServer({ port: 4010 });
console.log(`mock Authing on ${authing.url}; play the token app with POST ${authing.url}/__fastpass-mock/scan, then /confirm`);

const app = spawn('react-router', ['dev'], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => app.kill(signal));
app.on('exit', async (code) => {
  await authing.close();
  process.exit(code ?? 0);
});
