import { SetMetadata } from '@nestjs/common';

export const ADMIN_ONLY = 'auth:admin-only';

/** Only a static key with the admin scope may call this route (when API keys are enforced). */
export const AdminOnly = (): MethodDecorator & ClassDecorator => SetMetadata(ADMIN_ONLY, true);
