// Placeholder replaced by the real global setup (database, migrations, server).
export default async function setup() {}
