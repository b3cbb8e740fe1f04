/** A one-line progress bar on a terminal, plain lines elsewhere (CI logs), for anything slower than a second. */
export const printProgress = (label: string) => {
  const tty = process.stdout.isTTY;
  let lastLine = "";
  return (step: string, done: number, total: number) => {
    const ratio = total > 0 ? Math.min(1, done / total) : 1;
    const bar = "█".repeat(Math.round(ratio * 20)).padEnd(20, "░");
    const line = `${label}: ${bar} ${Math.round(ratio * 100)}% ${step}`;
    if (tty) process.stdout.write(`\r${line.padEnd(lastLine.length)}${done >= total ? "\n" : ""}`);
    else if (line !== lastLine) process.stdout.write(`${line}\n`);
    lastLine = line;
  };
};
