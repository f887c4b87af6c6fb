declare module 'virtual:persisted-operation-ids' {
  /** Operation name → sha256 of the manifest's copy (see build/persisted-operations.ts). */
  const ids: Readonly<Record<string, string>>;
  export default ids;
}
