/** An API key as the service sees it (never the secret, only its hash). */
export interface ApiKeyRecord {
  id: string;
  customerId: string;
  name: string | null;
  prefix: string;
  secretHash: string;
  createdAt: Date;
  revokedAt: Date | null;
}
