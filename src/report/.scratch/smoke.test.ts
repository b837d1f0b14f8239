import { it } from 'vitest';
import { runProgramme } from '../../cli/commands/programme.js';
import { runReport } from '../../cli/commands/report.js';
it('smoke', async () => {
  let out = '', err = '';
  const io = { stdout: (s: string) => { out += s; }, stderr: (s: string) => { err += s; }, stdoutIsTTY: false, env: {}, cwd: process.cwd() };
  const code = await runProgramme(['examples/de-an-03.json', '--results', 'examples/xa-an-binh-2024.json', 'examples/xa-an-binh-2025.json'], io);
  console.log(code, out, err);
  out = '';
  await runReport(['examples/xa-an-binh-2024.json', 'examples/xa-an-binh-2025.json'], io);
  console.log(out);
});
