import '@testing-library/jest-dom/vitest';
import { notifyManager } from '@tanstack/react-query';

// TanStack batches its notifications on a zero-delay setTimeout; under fake timers those batches can
// be left behind, so tests flush them as microtasks instead (the same notifications, in the same order).
notifyManager.setScheduler(queueMicrotask);
