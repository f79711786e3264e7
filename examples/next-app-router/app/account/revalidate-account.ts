'use server';
import { revalidatePath } from 'next/cache';

/**
 * A Server Action standing in for one that saves something on the personal center (a display name, a
 * setting) and then has the page rendered again with the saved data, in the same response.
 */
export async function revalidateAccount(): Promise<void> {
  revalidatePath('/account');
}
