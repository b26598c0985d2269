/** Users, roles, login policy, API tokens, data scope and the separation of the three administrators. */
package org.ducha.access;
