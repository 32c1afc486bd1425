// Placeholder until the burden benchmark lands.
export async function run(): Promise<void> {}
