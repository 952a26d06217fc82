/** Samples the resident set while `work` runs; the peak in MB. */
export async function measured<T>(work: () => Promise<T>): Promise<{ value: T; seconds: number; cpuSeconds: number; peakRssMb: number; startRssMb: number }> {
  const start = process.memoryUsage.rss();
  const cpu = process.cpuUsage();
  let peak = start;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 25);
  const started = process.hrtime.bigint();
  try {
    const value = await work();
    peak = Math.max(peak, process.memoryUsage.rss());
    const used = process.cpuUsage(cpu);
    return {
      value,
      seconds: Number(process.hrtime.bigint() - started) / 1e9,
      // Every thread of the process: the staging workers' time counts.
      cpuSeconds: (used.user + used.system) / 1e6,
      peakRssMb: peak / (1024 * 1024),
      startRssMb: start / (1024 * 1024),
    };
  } finally {
    clearInterval(timer);
  }
}
