import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { EmbedDialog } from '../../../src/features/embed/EmbedDialog.tsx';

beforeEach(() => {
  // jsdom has no modal dialogs: opening one only marks it open (and moves no focus).
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

const PAGE = 'https://example.org/timeline/?agency=esa';

async function openDialog(empty = false) {
  render(<EmbedDialog title="Letters" currentUrl={() => PAGE} empty={empty} />);
  await userEvent.click(screen.getByRole('button', { name: 'Embed' }));
  return screen.findByRole('spinbutton', { name: 'Height (px)' }, { timeout: 5000 });
}

const snippetHeight = () => /height="(\d+)"/.exec((screen.getByRole('textbox', { name: 'Embed code' }) as HTMLTextAreaElement).value)?.[1];

describe('the Embed dialog', () => {
  it('says so when the view it embeds shows no events, and not otherwise', async () => {
    await openDialog(true);
    expect(screen.getByRole('dialog', { name: 'Embed this view' })).toHaveAccessibleDescription(/^This view shows no events, so the embedded timeline would open on none/);
    expect(screen.getByRole('textbox', { name: 'Embed code' })).toBeInTheDocument();
  });

  it('says nothing of empty views for a view with events', async () => {
    await openDialog();
    expect(screen.queryByText(/shows no events/)).toBeNull();
  });

  it('says under the Height field which heights the code can give', async () => {
    const field = await openDialog();
    expect(field).toHaveAccessibleDescription('250–4,000 px');
    expect(snippetHeight()).toBe('600');
  });

  it('says the height the code uses while the field holds one it cannot give, and shows it in the field on leaving it', async () => {
    const field = await openDialog();
    for (const [typed, used] of [
      ['-5', '250'],
      ['0', '250'],
      ['99999', '4000'],
      ['412.6', '413'],
    ] as const) {
      await userEvent.clear(field);
      await userEvent.type(field, typed);
      expect(snippetHeight(), typed).toBe(used);
      expect(field, typed).toHaveAccessibleDescription(`250–4,000 px: the code uses ${Number(used).toLocaleString('en-GB')}`);
      await userEvent.tab();
      expect(field, typed).toHaveValue(Number(used));
      expect(field, typed).toHaveAccessibleDescription('250–4,000 px');
      await userEvent.click(field);
    }
    // An empty field (or no number): the code keeps the last height, and the field shows it again.
    await userEvent.clear(field);
    expect(snippetHeight()).toBe('413');
    expect(field).toHaveAccessibleDescription('250–4,000 px: the code uses 413');
    await userEvent.tab();
    expect(field).toHaveValue(413);
    // A height it can give is used as typed.
    await userEvent.clear(field);
    await userEvent.type(field, '480');
    expect(snippetHeight()).toBe('480');
    expect(field).toHaveAccessibleDescription('250–4,000 px');
  });

  it('puts focus on the Height field when it opens, the first time (when its form loads) as every later time', async () => {
    const field = await openDialog();
    await waitFor(() => expect(field).toHaveFocus());
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    screen.getByRole('button', { name: 'Embed' }).focus();
    await userEvent.click(screen.getByRole('button', { name: 'Embed' }));
    expect(screen.getByRole('spinbutton', { name: 'Height (px)' })).toHaveFocus();
  });
});
