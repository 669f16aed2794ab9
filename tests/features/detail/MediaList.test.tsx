import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MediaList } from '../../../src/features/detail/MediaList.tsx';
import { isSameOrigin, displayAddress } from '../../../src/features/detail/safeHref.ts';
import type { Media } from '../../../src/shared/dataset/schema.ts';

const renderMedia = (media: Media[], pageUrl = 'https://timeline.example/app/') =>
  render(
    <>
      <h3 id="media">Media</h3>
      <MediaList media={media} labelledBy="media" pageUrl={pageUrl} />
    </>,
  );

describe('MediaList', () => {
  it('shows an image from another site only when the reader asks, naming that site, with its caption and credit', async () => {
    renderMedia([{ kind: 'image', url: 'https://images.example.org/letter.png', caption: 'The letter as posted', credit: 'Roscosmos', alt: 'A typed letter' }]);
    expect(document.querySelector('img')).toBeNull();
    const figure = screen.getByRole('figure');
    expect(figure).toHaveTextContent('Not loaded yet: the image is on images.example.org, which would learn that you are reading this.');
    expect(figure).toHaveTextContent('Credit: Roscosmos');
    await userEvent.click(within(figure).getByRole('button', { name: 'Show image from images.example.org' }));
    const img = within(figure).getByRole('img', { name: 'A typed letter' });
    expect(img).toHaveAttribute('src', 'https://images.example.org/letter.png');
    expect(img).toHaveAttribute('referrerpolicy', 'no-referrer');
    expect(within(figure).queryByRole('button')).toBeNull();
  });

  it('shows an image from the page\'s own site at once', () => {
    renderMedia([{ kind: 'image', url: 'https://timeline.example/media/letter.png', alt: 'A typed letter' }]);
    expect(screen.getByRole('img', { name: 'A typed letter' })).toHaveAttribute('src', 'https://timeline.example/media/letter.png');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('counts only the very same origin as the page\'s own', () => {
    expect(isSameOrigin('https://timeline.example/a.png', 'https://timeline.example/app/')).toBe(true);
    expect(isSameOrigin('https://images.example.org/a.png', 'https://timeline.example/app/')).toBe(false);
    expect(isSameOrigin('https://timeline.example:8443/a.png', 'https://timeline.example/app/')).toBe(false);
    expect(isSameOrigin('not a url', 'https://timeline.example/app/')).toBe(false);
  });

  it('says an image could not be loaded', async () => {
    renderMedia([{ kind: 'image', url: 'https://images.example.org/missing.png' }]);
    await userEvent.click(screen.getByRole('button', { name: 'Show image from images.example.org' }));
    screen.getByRole('presentation').dispatchEvent(new Event('error'));
    expect(await screen.findByText('The image from images.example.org could not be loaded.')).toBeInTheDocument();
  });

  it('shows other media as a plain link with its address, saying it opens a new tab, and leaves out anything but https', () => {
    renderMedia([
      { kind: 'link', url: 'https://video.example.org/watch?v=1', caption: 'The press conference', credit: 'NASA TV' },
      { kind: 'link', url: 'https://docs.example.org/letter.pdf' },
      { kind: 'link', url: 'javascript:alert(1)' },
      { kind: 'image', url: 'http://insecure.example/x.png' },
    ]);
    const list = screen.getByRole('list', { name: 'Media' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    const link = within(list).getByRole('link', { name: 'The press conference (opens in a new tab)' });
    expect(link).toHaveAttribute('href', 'https://video.example.org/watch?v=1');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(list).toHaveTextContent('(video.example.org/watch?v=1)');
    expect(list).toHaveTextContent('Credit: NASA TV');
    expect(within(list).getByRole('link', { name: 'Media on docs.example.org (opens in a new tab)' })).toHaveAttribute('href', 'https://docs.example.org/letter.pdf');
    expect(document.querySelector('img')).toBeNull();
  });

  it("names a link without a caption by its alt text (what the media shows), before the host's generic name", () => {
    renderMedia([
      { kind: 'link', url: 'https://video.example.org/watch?v=2', alt: 'Rogozin at the press conference' },
      { kind: 'link', url: 'https://video.example.org/watch?v=3', caption: 'The press conference', alt: 'Rogozin speaking' },
    ]);
    const list = screen.getByRole('list', { name: 'Media' });
    expect(within(list).getByRole('link', { name: 'Rogozin at the press conference (opens in a new tab)' })).toHaveAttribute('href', 'https://video.example.org/watch?v=2');
    expect(within(list).getByRole('link', { name: 'The press conference (opens in a new tab)' })).toHaveAttribute('href', 'https://video.example.org/watch?v=3');
  });

  it('shows nothing when no item has a usable address', () => {
    const { container } = render(<MediaList media={[{ kind: 'image', url: 'data:image/png;base64,AAAA' }]} labelledBy="x" />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('displayAddress', () => {
  it('is the address without its scheme', () => {
    expect(displayAddress('https://tass.com/science/1421121')).toBe('tass.com/science/1421121');
    expect(displayAddress('https://example.org/')).toBe('example.org');
  });
});
