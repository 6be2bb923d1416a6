// Process wrapper around runCli; the only place the CLI touches process.* directly.
import { runCli } from './main';

const code = await runCli(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
});
process.exitCode = code;
