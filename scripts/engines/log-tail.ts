/** Keeps the last lines each engine printed, to show when something fails to start. */
export const createLogTail = (limit = 30) => {
  const lines: string[] = [];
  return {
    push: (source: string, line: string) => {
      lines.push(`[${source}] ${line}`);
      if (lines.length > limit) lines.shift();
    },
    dump: () => lines.join("\n"),
  };
};
