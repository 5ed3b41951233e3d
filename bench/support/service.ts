/** Waits until the service at `url` answers /health/ready with 200 (fails if it exits or after 60 s). */
export async function waitForReady(url: string, exited: Promise<number | string>): Promise<void> {
  let gone: number | string | undefined;
  void exited.then((code) => (gone = code));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (gone !== undefined) throw new Error(`service exited (${gone}) before it was ready`);
    try {
      if ((await fetch(`${url}/health/ready`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('service not ready after 60 s');
}
