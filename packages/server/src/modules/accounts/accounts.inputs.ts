import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Create an account. You are signed in at once.' })
export class SignUpInput {
  @Field(() => String)
  email!: string;

  @Field(() => String, { description: 'At least 10 characters, and not one of the most common passwords.' })
  password!: string;

  @Field(() => String, { description: 'The name others will see.' })
  displayName!: string;
}

@InputType()
export class SignInInput {
  @Field(() => String)
  email!: string;

  @Field(() => String)
  password!: string;
}

@InputType()
export class RevokeSessionInput {
  @Field(() => ID, { description: 'An `AuthSession` id from `viewer.sessions`.' })
  sessionId!: string;
}

@InputType({ description: 'Say which roles you take: mentor, mentee, or both.' })
export class CompleteOnboardingInput {
  @Field(() => Boolean)
  asMentor!: boolean;

  @Field(() => Boolean)
  asMentee!: boolean;
}

@InputType()
export class ChangePasswordInput {
  @Field(() => String)
  currentPassword!: string;

  @Field(() => String)
  newPassword!: string;
}

@InputType()
export class ChangeEmailInput {
  @Field(() => String, { description: 'Your current password, to confirm it is you.' })
  password!: string;

  @Field(() => String)
  newEmail!: string;
}

@InputType()
export class VerifyEmailInput {
  @Field(() => String, { description: 'The token from the link in the verification mail.' })
  token!: string;
}

@InputType()
export class RequestPasswordResetInput {
  @Field(() => String)
  email!: string;
}

@InputType()
export class ResetPasswordInput {
  @Field(() => String, { description: 'The token from the link in the reset mail.' })
  token!: string;

  @Field(() => String)
  newPassword!: string;
}

@InputType()
export class DeleteAccountInput {
  @Field(() => String, { description: 'Your password, to confirm.' })
  password!: string;
}
