/** In-app inbox, e-mail and SMS notices that say only "you have a new item" and where to find it. */
package org.ducha.notification;
