import { fireEvent, render, screen } from '@testing-library/react';
import { FastpassAvatar } from '../../../src/components/parts/FastpassAvatar';
import { FastpassIdentity } from '../../../src';
import { buildFastpassResult, FASTPASS_MOCK_USER } from '../../../src/testing';

describe('given a safe photo', () => {
  it('should show it as a decorative image, the name being next to it', () => {
    render(<FastpassAvatar src={FASTPASS_MOCK_USER.photo} name="张三" />);
    const photo = screen.getByRole('presentation');
    expect(photo).toHaveAttribute('src', FASTPASS_MOCK_USER.photo);
    expect(photo).toHaveAttribute('alt', '');
    expect(screen.queryByText('张')).not.toBeInTheDocument();
  });

  it('should switch to initials when the image fails to load', () => {
    render(<FastpassAvatar src="https://files.authing.co/missing.png" name="Ada Lovelace" />);
    fireEvent.error(screen.getByRole('presentation'));
    expect(screen.queryByRole('presentation')).not.toBeInTheDocument();
    expect(screen.getByText('AL')).toBeInTheDocument();
  });

  it('should give a new photo its own chance after an old one failed', () => {
    const { rerender } = render(<FastpassAvatar src="https://files.authing.co/missing.png" name="Ada Lovelace" />);
    fireEvent.error(screen.getByRole('presentation'));
    rerender(<FastpassAvatar src="https://files.authing.co/ada.png" name="Ada Lovelace" />);
    expect(screen.getByRole('presentation')).toHaveAttribute('src', 'https://files.authing.co/ada.png');
  });
});

describe('given no photo or an unsafe one', () => {
  it.each(['', undefined, 'javascript:alert(1)', 'data:text/html;base64,PHNjcmlwdD4=', '//evil.example/a.png'])(
    'should show initials for %s and render no image',
    (src) => {
      render(<FastpassAvatar src={src} name="张三" />);
      expect(screen.queryByRole('presentation')).not.toBeInTheDocument();
      expect(screen.getByText('张')).toHaveAttribute('aria-hidden', 'true');
    },
  );
});

describe('given the identity part around it', () => {
  it('should merge className, keep data-slot and drop the library classes when unstyled', () => {
    const pending = buildFastpassResult('pending');
    const result = { ...pending, identity: { ...pending.identity, user: { ...pending.identity.user, photo: '' } } };
    const { rerender } = render(<FastpassIdentity result={result} who="user" className="mine" classNames={{ avatar: 'face' }} data-testid="user" />);
    const user = screen.getByTestId('user');
    expect(user).toHaveClass('fastpass__user', 'mine');
    expect(user).toHaveAttribute('data-slot', 'user');
    // The avatar is decorative (the name is beside it), so it has no role or name: it is what holds the initials.
    // eslint-disable-next-line testing-library/no-node-access
    const avatar = () => screen.getByText('张').parentElement;
    expect(avatar()).toHaveAttribute('data-slot', 'avatar');
    expect(avatar()).toHaveClass('fastpass__avatar', 'face');
    rerender(<FastpassIdentity result={result} who="user" className="mine" classNames={{ avatar: 'face' }} data-testid="user" unstyled />);
    expect(screen.getByTestId('user')).toHaveAttribute('class', 'mine');
    expect(avatar()).toHaveAttribute('class', 'face');
  });

  it('should show nothing before a code has named anyone', () => {
    const { container } = render(<FastpassIdentity result={buildFastpassResult('loading')} who="userpool" />);
    expect(container).toBeEmptyDOMElement();
  });
});
