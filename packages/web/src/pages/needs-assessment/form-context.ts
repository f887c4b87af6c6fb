import type { UseFormReturnType } from '@mantine/form';
import type { NeedsAssessmentValues } from './needs-assessment-form';

export type NeedsAssessmentForm = UseFormReturnType<NeedsAssessmentValues>;
