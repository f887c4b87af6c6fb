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
import { UpdateMentorProfileDocument, type MentorProfileFieldsFragment } from '../../graphql/documents';
import { AboutEditor } from './AboutEditor';
import { AvailabilityEditor } from './AvailabilityEditor';
import { ExpertiseEditor } from './ExpertiseEditor';
import { HowYouMentorEditor } from './HowYouMentorEditor';
import { PROFILE_FIELDS, toFormValues, toInput, validate, type ProfileValues } from './profile-form';
import { RequestsEditor } from './RequestsEditor';

/** The whole mentor profile in one form; saving creates it the first time. */
export function ProfileForm({ saved }: { saved: MentorProfileFieldsFragment | null }) {
  const { viewer } = useViewer();
  const [update] = useMutation(UpdateMentorProfileDocument, {
    update: (cache, { data }) => linkToViewer(cache, viewer?.id, 'mentorProfile', data?.updateMentorProfile.mentorProfile),
  });
  const [savedAt, setSavedAt] = useState(saved?.updatedAt ?? null);
  const form = useForm<ProfileValues>({ initialValues: toFormValues(saved, initialTimeZone(null)), validate });
  const { formRef, formError, onSubmit } = useServerForm(form, { fields: PROFILE_FIELDS });
  const dirty = form.isDirty();

  return (
    <form
      ref={formRef}
      noValidate
      aria-label="Mentor profile"
      data-mentor-profile-form
      onSubmit={onSubmit(async (values) => {
        const { input, rows } = toInput(values);
        const { data } = await update({ variables: { input } });
        const payload = data?.updateMentorProfile;
        if (!payload?.mentorProfile) return toFormRows(payload?.userErrors ?? [], rows);
        const next = toFormValues(payload.mentorProfile, values.timeZone);
        form.setValues(next);
        form.resetDirty(next);
        setSavedAt(payload.mentorProfile.updatedAt);
        notifications.show({ color: 'spruce', title: 'Profile saved', message: 'Mentees who can see your profile see these changes now.' });
      })}
    >
      <UnsavedChangesGuard when={dirty && !form.submitting} />
      <Stack gap="lg">
        <FormErrorAlert message={formError} title="Your profile was not saved" />
        <AboutEditor form={form} />
        <ExpertiseEditor form={form} />
        <HowYouMentorEditor form={form} />
        <AvailabilityEditor form={form} />
        <RequestsEditor form={form} />
      </Stack>
      <SaveBar label="Save profile" dirty={dirty} saving={form.submitting} savedAt={savedAt} />
    </form>
  );
}
