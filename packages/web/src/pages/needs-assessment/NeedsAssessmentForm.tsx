import { useMutation } from '@apollo/client/react';
import { Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useViewer } from '../../auth/use-viewer';
import { initialTimeZone } from '../../domain/time-zones';
import { toFormRows } from '../../forms/compact-lists';
import { FormErrorAlert } from '../../forms/FormErrorAlert';
import { linkToViewer } from '../../forms/link-to-viewer';
import { SaveBar } from '../../forms/SaveBar';
import { UnsavedChangesGuard } from '../../forms/UnsavedChangesGuard';
import { useServerForm } from '../../forms/use-server-form';
import { UpdateNeedsAssessmentDocument, type NeedsAssessmentFieldsFragment } from '../../graphql/documents';
import { GoalsEditor } from './GoalsEditor';
import { NEEDS_ASSESSMENT_FIELDS, toFormValues, toInput, validate, type NeedsAssessmentValues } from './needs-assessment-form';
import { PreferencesEditor } from './PreferencesEditor';
import { ReflectionsEditor } from './ReflectionsEditor';
import { SkillGapsEditor } from './SkillGapsEditor';

/** The whole assessment in one form, saved at once; errors land on the row and field they concern. */
export function NeedsAssessmentForm({ saved }: { saved: NeedsAssessmentFieldsFragment | null }) {
  const { viewer } = useViewer();
  const [update] = useMutation(UpdateNeedsAssessmentDocument, {
    update: (cache, { data }) => linkToViewer(cache, viewer?.id, 'needsAssessment', data?.updateNeedsAssessment.needsAssessment),
  });
  const [savedAt, setSavedAt] = useState(saved?.updatedAt ?? null);
  const form = useForm<NeedsAssessmentValues>({
    initialValues: toFormValues(saved, initialTimeZone(null)),
    validate,
  });
  const { formRef, formError, onSubmit } = useServerForm(form, { fields: NEEDS_ASSESSMENT_FIELDS });
  const dirty = form.isDirty();

  return (
    <form
      ref={formRef}
      noValidate
      aria-label="Needs assessment"
      data-needs-assessment-form
      onSubmit={onSubmit(async (values) => {
        const { input, rows } = toInput(values);
        const { data } = await update({ variables: { input } });
        const payload = data?.updateNeedsAssessment;
        if (!payload?.needsAssessment) return toFormRows(payload?.userErrors ?? [], rows);
        const next = toFormValues(payload.needsAssessment, values.timeZone);
        form.setValues(next);
        form.resetDirty(next);
        setSavedAt(payload.needsAssessment.updatedAt);
        notifications.show({ color: 'spruce', title: 'Needs assessment saved', message: 'Come back to it whenever your goals change.' });
      })}
    >
      <UnsavedChangesGuard when={dirty && !form.submitting} />
      <Stack gap="lg">
        <FormErrorAlert message={formError} title="Your needs assessment was not saved" />
        <GoalsEditor form={form} />
        <SkillGapsEditor form={form} />
        <ReflectionsEditor form={form} />
        <PreferencesEditor form={form} />
      </Stack>
      <SaveBar label="Save needs assessment" dirty={dirty} saving={form.submitting} savedAt={savedAt} />
    </form>
  );
}
