import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Create an account. You are signed in at once.' })
export class SignUpInput {
  @Field(() => String, { description: 'Your email address, at most 254 characters; it signs you in and receives account mail.' })
  email!: string;

  @Field(() => String, { description: 'At least 10 characters, and not one of the most common passwords.' })
  password!: string;

  @Field(() => String, { description: 'The name others will see.' })
  displayName!: string;
}

@InputType({ description: 'Sign in with your email and password.' })
export class SignInInput {
  @Field(() => String, { description: 'The address of your account; case does not matter.' })
  email!: string;

  @Field(() => String, { description: 'Your password.' })
  password!: string;
}

@InputType({ description: 'The browser to sign out.' })
export class RevokeSessionInput {
  @Field(() => ID, { description: 'An `AuthSession` id from `viewer.sessions`.' })
  sessionId!: string;
}

@InputType({ description: 'Say which roles you take: mentor, mentee, or both.' })
export class CompleteOnboardingInput {
  @Field(() => Boolean, { description: 'Offer mentoring.' })
  asMentor!: boolean;

  @Field(() => Boolean, { description: 'Look for mentoring.' })
  asMentee!: boolean;
}

@InputType({ description: 'Your current password and the new one.' })
export class ChangePasswordInput {
  @Field(() => String, { description: 'Your current password, to confirm it is you.' })
  currentPassword!: string;

  @Field(() => String, { description: 'At least 10 characters, and not one of the most common passwords.' })
  newPassword!: string;
}

@InputType({ description: 'A new address for your account.' })
export class ChangeEmailInput {
  @Field(() => String, { description: 'Your current password, to confirm it is you.' })
  password!: string;

  @Field(() => String, { description: 'The new address; a verification link is sent there.' })
  newEmail!: string;
}

@InputType({ description: 'The token from a verification link.' })
export class VerifyEmailInput {
  @Field(() => String, { description: 'The token from the link in the verification mail.' })
  token!: string;
}

@InputType({ description: 'Where to send a password reset link.' })
export class RequestPasswordResetInput {
  @Field(() => String, { description: 'The address of the account.' })
  email!: string;
}

@InputType({ description: 'A new password, with the token from a reset link.' })
export class ResetPasswordInput {
  @Field(() => String, { description: 'The token from the link in the reset mail.' })
  token!: string;

  @Field(() => String, { description: 'At least 10 characters, and not one of the most common passwords.' })
  newPassword!: string;
}

@InputType({ description: 'Confirms that you want your account deleted.' })
export class DeleteAccountInput {
  @Field(() => String, { description: 'Your password, to confirm.' })
  password!: string;
}
