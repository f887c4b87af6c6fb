import { Divider, Stack } from '@mantine/core';
import { useState } from 'react';
import { useViewer } from '../../auth/use-viewer';
import { Page } from '../../ui/Page';
import { PageHeader } from '../../ui/PageHeader';
import { RecommendedSection } from './RecommendedSection';
import { composerMentorOf, RequestComposerModal, type ComposerMentor } from './RequestComposer';
import { SearchSection } from './SearchSection';

/** `/mentors`: recommendations with why they fit, then search with filters; requests are written from any card. */
export function MentorsPage() {
  const { viewer } = useViewer();
  const [composing, setComposing] = useState<ComposerMentor | null>(null);
  const isMentee = Boolean(viewer?.roles.isMentee);
  const request = isMentee ? (mentor: Parameters<typeof composerMentorOf>[0]) => setComposing(composerMentorOf(mentor)) : undefined;
  return (
    <Page size="lg">
      <PageHeader eyebrow="Mentee" title="Find a mentor" description="Mentors who fit what you want to work on, and why. Ask the one who feels right." />
      <Stack gap={48}>
        {isMentee && request && <RecommendedSection onRequest={request} />}
        {isMentee && <Divider />}
        <SearchSection onRequest={request} />
      </Stack>
      <RequestComposerModal mentor={composing} onClose={() => setComposing(null)} />
    </Page>
  );
}
