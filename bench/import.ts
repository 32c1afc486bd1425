// Placeholder until the import benchmark lands.
export async function run(): Promise<void> {}
