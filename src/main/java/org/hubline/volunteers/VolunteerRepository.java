package org.hubline.volunteers;

import org.springframework.data.repository.ListCrudRepository;

interface VolunteerRepository extends ListCrudRepository<Volunteer, Long> {
}
