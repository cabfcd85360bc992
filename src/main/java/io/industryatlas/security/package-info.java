/**
 * Who may write: local accounts or OAuth2 JWTs, their roles (park manager, bureau editor,
 * administrator) and the parks and regions assigned to them.
 */
@org.jspecify.annotations.NullMarked
package io.industryatlas.security;
