import type { UseFormReturnType } from '@mantine/form';
import type { ProfileValues } from './profile-form';

export type ProfileForm = UseFormReturnType<ProfileValues>;
