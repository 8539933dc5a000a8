// An audit log entry's message in the staff member's language: stored as English, reworded like the
// order timeline (timeline-words.ts, with the plugins' phrases).
import React from 'react';
import { useTranslation, type BasePropertyProps } from 'adminjs';
import { useWords } from './use-words.js';
import { localePhrases, timelineEntry } from './timeline-words.js';

const AuditMessage: React.FC<BasePropertyProps> = ({ record, property }) => {
  const { language } = useWords('AuditMessage');
  const { i18n } = useTranslation();
  const message = String(record?.params?.[property.path] ?? '');
  return <span>{timelineEntry(language, message, localePhrases(i18n, language))}</span>;
};

export default AuditMessage;
