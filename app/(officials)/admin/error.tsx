'use client';
// A failure inside an officials' page: the navigation above it stays.
import type { ErrorInfo } from 'next/error';
import { digestOf, OutageText } from '@/components/outage-text';

export default function AdminError({ error, retry }: ErrorInfo) {
  return <OutageText admin digest={digestOf(error)} retry={retry} />;
}
