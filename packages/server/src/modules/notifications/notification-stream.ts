/** The stream of things a person should hear about (requests, answers, agreements…). */
export const userStream = (userUuid: string): string => `user:${userUuid}`;
