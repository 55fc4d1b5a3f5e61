// The officer the add-on runs for: the effective user's address and name, from Drive's About.get
// (allowed under drive.file, so no userinfo.email scope is needed). In an installable trigger that
// is the trigger's owner ("If the script is running under an installable trigger, this returns the
// account of the user who created the trigger", Session.getEffectiveUser reference). sheets/,
// docs/ and ui/ all need it, so it lives here.

export interface Officer {
  email: string;
  name: string;
}

/** The officer using the add-on, from Drive (About.get works under drive.file). */
export function currentOfficer(): Officer {
  const about = (
    Drive as unknown as {
      About: { get(args: { fields: string }): { user?: { emailAddress?: string; displayName?: string } } };
    }
  ).About.get({ fields: 'user(displayName,emailAddress)' });
  const email = String(about.user?.emailAddress ?? '').trim();
  const name = String(about.user?.displayName ?? '').trim() || email;
  return { email, name };
}

/** The officer's address, or '' when Drive does not give it (switched off, or a passing error). */
export function officerEmail(): string {
  try {
    return typeof Drive === 'undefined' || !Drive ? '' : currentOfficer().email;
  } catch (_) {
    return '';
  }
}
