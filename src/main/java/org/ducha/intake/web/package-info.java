/** Pages and REST endpoints of the reports module, public and staff. */
package org.ducha.intake.web;
