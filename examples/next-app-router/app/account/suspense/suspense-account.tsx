'use client';
import { useSuspenseQuery } from '@tanstack/react-query';
import { fastpassQrcodeQueryOptions } from 'react-fastpass-qrcode';
import { FastpassCard } from '../../fastpass-card';
import type { FastpassSession } from '../../session';

export function SuspenseAccount(session: FastpassSession) {
  const { data } = useSuspenseQuery(fastpassQrcodeQueryOptions(session));
  return (
    <section>
      <p>
        {data.user.displayName} · {data.userpool.displayName}
      </p>
      <FastpassCard {...session} />
    </section>
  );
}
