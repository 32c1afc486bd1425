// Placeholder until the extraction benchmark lands.
export async function run(): Promise<void> {}
